package org.threshold.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The words after a subcommand: "--name value" options and the positional words around them. */
public final class Arguments {
    private final List<String> words;

    public Arguments(List<String> words) {
        this.words = new ArrayList<>(words);
    }

    /** Removes and returns the value of {@code --name value} or {@code --name=value}. */
    public Optional<String> option(String name) throws CliException {
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (word.startsWith(name + "=")) {
                words.remove(i);
                return Optional.of(word.substring(name.length() + 1));
            }
            if (word.equals(name)) {
                if (i + 1 >= words.size()) {
                    throw new CliException(name + " needs a value");
                }
                words.remove(i);
                return Optional.of(words.remove(i));
            }
        }
        return Optional.empty();
    }

    public String required(String name) throws CliException {
        return option(name).orElseThrow(() -> new CliException("Missing " + name));
    }

    /** Removes and reports a bare flag such as {@code --quiet}. */
    public boolean flag(String name) {
        return words.remove(name);
    }

    /** The positional words left once options are taken; refuses anything that looks like an unknown option. */
    public List<String> positionals() throws CliException {
        for (String word : words) {
            if (word.startsWith("--")) {
                throw new CliException("Unknown option " + word);
            }
        }
        return List.copyOf(words);
    }
}
