package org.quotestance.stance;

import java.util.List;

/** A stance target: a display name and the aliases that mention it (the name itself always counts). */
public record Target(String name, List<String> aliases) {
    public Target {
        if (name == null || name.isBlank()) throw new IllegalArgumentException("target name must not be blank");
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
