package org.threshold.room;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.threshold.workshop.phones.LanAddress;
import org.threshold.workshop.phones.PhoneAnswers;
import org.threshold.workshop.phones.PhoneServer;
import org.threshold.workshop.phones.PhoneServerException;
import org.threshold.workshop.phones.RoomQuestions;
import org.threshold.workshop.phones.SelfTest;
import org.threshold.workshop.run.RunState;

/**
 * The phone server: the JDK's own HTTP server, bound to the one address the facilitator chose
 * and nowhere else, listening only between Phones on and Phones off.
 */
public final class RoomServer implements PhoneServer {
    private static final System.Logger LOG = System.getLogger(RoomServer.class.getName());
    /** Requests are short (the store thread does the real work) and live streams hold no thread. */
    private static final int THREADS = 8;

    private final PhoneAnswers answers;
    private final RoomLimits limits;
    private final PageFiles pages = new PageFiles();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Running running;

    private record Running(HttpServer server, ExecutorService threads, LiveStream live, RoomNow now, String url) {
    }

    public RoomServer(PhoneAnswers answers, RoomLimits limits) {
        this.answers = answers;
        this.limits = limits;
    }

    @Override
    public List<LanAddress> addresses() {
        return NetworkAddresses.list();
    }

    @Override
    public synchronized String start(long sessionId, String address, int port) {
        stop();
        InetAddress bindTo;
        try {
            bindTo = InetAddress.getByName(address);
        } catch (IOException e) {
            throw new PhoneServerException("The address " + address + " is not one this laptop has.", e);
        }
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(bindTo, port), 0);
        } catch (BindException e) {
            throw new PhoneServerException("Port " + port + " on " + address + " is already in use, by another program "
                    + "or another copy of Threshold. Choose another port, or close the other program.", e);
        } catch (IOException e) {
            throw new PhoneServerException("Phones could not be turned on at " + address + ": " + e.getMessage(), e);
        }
        int bound = server.getAddress().getPort();
        String hostAndPort = hostPart(bindTo) + ":" + bound;
        Set<String> hosts = new LinkedHashSet<>();
        hosts.add(hostAndPort);
        limits.extraHostNames().forEach(name -> hosts.add(name + ":" + bound));
        RoomNow now = new RoomNow(sessionId);
        LiveStream live = new LiveStream(limits.maxStreams());
        ExecutorService threads = threads();
        server.createContext("/", new RoomHandler(now, new RequestChecks(hosts, limits.maxBodyBytes()), limits, pages,
                live, answers, this::activity));
        server.setExecutor(threads);
        server.start();
        running = new Running(server, threads, live, now, "http://" + hostAndPort + "/");
        LOG.log(System.Logger.Level.INFO, "Phones on at " + running.url());
        return running.url();
    }

    @Override
    public synchronized void stop() {
        if (running == null) {
            return;
        }
        running.live().close();
        running.server().stop(0);
        running.threads().shutdownNow();
        LOG.log(System.Logger.Level.INFO, "Phones off");
        running = null;
    }

    @Override
    public synchronized boolean isRunning() {
        return running != null;
    }

    /** The port the server listens on; with port 0 asked for, the one the system gave. */
    public synchronized int port() {
        return running == null ? 0 : running.server().getAddress().getPort();
    }

    /** How many phones hold the live stream open now: read by the phone-load bench. */
    public synchronized int streams() {
        return running == null ? 0 : running.live().size();
    }

    @Override
    public synchronized void follow(RunState state) {
        if (running != null && state.session().id() == running.now().sessionId()) {
            running.live().publish(running.now().show(RoomQuestions.of(state)));
        }
    }

    @Override
    public synchronized void refresh() {
        if (running != null) {
            running.live().publish(running.now().touch());
        }
    }

    @Override
    public SelfTest selfTest() {
        String url;
        synchronized (this) {
            if (running == null) {
                return new SelfTest(false, "Phones are off. Turn them on first.");
            }
            url = running.url();
        }
        return SelfTester.test(url);
    }

    @Override
    public void onActivity(Runnable listener) {
        listeners.add(listener);
    }

    private void activity() {
        listeners.forEach(Runnable::run);
    }

    private static String hostPart(InetAddress address) {
        String text = address.getHostAddress();
        return text.contains(":") ? "[" + text + "]" : text;
    }

    /** Not BackgroundWork: the server's request threads, answering phones in parallel with no window involved. */
    private static ExecutorService threads() {
        AtomicInteger count = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                runnable -> {
                    Thread thread = new Thread(runnable, "threshold-room-" + count.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
