package org.threshold.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Phones in the room, per session: the join code and its generation (a changed code ends every
 * older joining), whether phones are on, and the devices that joined, known only by a digest.
 */
public final class PhoneRoomRepository {
    /** The saved state of a session's phone room. */
    public record Room(String joinCode, int generation, boolean phonesOn) {
    }

    /** A phone that joined: its pseudonym, the agency it picked and the join code generation it holds. */
    public record Device(String id, String agencyCode, int generation) {
    }

    private final Database database;

    public PhoneRoomRepository(Database database) {
        this.database = database;
    }

    public Optional<Room> find(long sessionId) {
        return database.read(c -> Jdbc.one(c, "SELECT join_code, code_generation, phones_on FROM phone_room "
                        + "WHERE session_id = ?",
                row -> new Room(row.getString(1), row.getInt(2), row.getInt(3) != 0), sessionId));
    }

    public void save(long sessionId, Room room, Instant now) {
        database.write(c -> Jdbc.update(c, "INSERT INTO phone_room (session_id, join_code, code_generation, phones_on, "
                        + "updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id) DO UPDATE SET "
                        + "join_code = excluded.join_code, code_generation = excluded.code_generation, "
                        + "phones_on = excluded.phones_on, updated_at = excluded.updated_at",
                sessionId, room.joinCode(), room.generation(), room.phonesOn() ? 1 : 0, now));
    }

    /** Adds a device, or moves one that joined before to the current code and the agency it picked now. */
    public void saveDevice(long sessionId, Device device, Instant now) {
        database.write(c -> Jdbc.update(c, "INSERT INTO device (session_id, id, agency_code, code_generation, joined_at) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT(session_id, id) DO UPDATE SET "
                        + "agency_code = excluded.agency_code, code_generation = excluded.code_generation",
                sessionId, device.id(), device.agencyCode(), device.generation(), now));
    }

    public Optional<Device> findDevice(long sessionId, String deviceId) {
        return database.read(c -> Jdbc.one(c, "SELECT id, agency_code, code_generation FROM device "
                        + "WHERE session_id = ? AND id = ?",
                row -> new Device(row.getString(1), row.getString(2), row.getInt(3)), sessionId, deviceId));
    }

    public List<Device> devices(long sessionId) {
        return database.read(c -> Jdbc.list(c, "SELECT id, agency_code, code_generation FROM device WHERE session_id = ? "
                        + "ORDER BY joined_at, id",
                row -> new Device(row.getString(1), row.getString(2), row.getInt(3)), sessionId));
    }
}
