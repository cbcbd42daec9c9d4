package org.casework.kernel;

import java.util.Locale;

/**
 * A person's name as searches compare it: white space collapsed, lower case. Cases store it beside the name, and
 * the workflow carries it as a process variable so that the work queues can filter by practitioner.
 */
public final class NameKey {

    public static String of(String name) {
        return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private NameKey() {
    }
}
