package org.casework.platform.control;

import java.util.function.UnaryOperator;

/** Where the rate limits' event times are kept, per key, oldest first: on this node or in the cluster's grid. */
interface Windows {

    /** The key's event times (empty when none). */
    long[] read(String key);

    /** Replaces the key's event times by {@code change} of them, as one step no other node or thread interleaves. */
    void update(String key, UnaryOperator<long[]> change);

    void forget(String key);
}
