package org.threshold.content;

/** Builds the names of places in a pack, e.g. {@code scenarios[2].stages[1].decision}. */
final class Places {
    /** The whole pack, for problems that belong to no single field. */
    static final String ROOT = "pack";
    /** The file itself, for problems found before the JSON is read (size, encoding). */
    static final String FILE = "file";

    private Places() {
    }

    static String field(String parent, String name) {
        return parent.equals(ROOT) ? name : parent + "." + name;
    }

    static String index(String parent, int index) {
        return parent + "[" + index + "]";
    }

    static String line(long line, long column) {
        return "line " + line + ", column " + column;
    }

    /**
     * Quotes a value taken from the pack for use in a message: control characters escaped so
     * that every problem stays on one line, and long values cut short.
     */
    static String quote(String value) {
        StringBuilder out = new StringBuilder("\"");
        int limit = 60;
        for (int i = 0; i < value.length(); i++) {
            if (i == limit) {
                out.append("...");
                break;
            }
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Checks.isHiddenControl(c) || c == 0x2028 || c == 0x2029) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
