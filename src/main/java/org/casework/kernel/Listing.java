package org.casework.kernel;

import java.util.List;

/**
 * A list as the API answers it: an object whose {@code items} hold the rows, never a bare JSON array, so that every
 * list is read the same way and an answer can gain fields (a total, a next page) without breaking a caller.
 */
public record Listing<T>(List<T> items) {

    public Listing {
        items = List.copyOf(items);
    }

    public static <T> Listing<T> of(List<T> items) {
        return new Listing<>(items);
    }
}
