package org.gongshi.integrity;

/** What verification found wrong with a link of the chain. */
public enum ChainProblem {
    /** The notice as stored now does not hash to what its latest link recorded (or the notice is gone). */
    CONTENT_CHANGED,
    /** A link's stored hash does not fit its own stored fields: the link itself was edited. */
    LINK_ALTERED,
    /** A link does not name the hash of the link before it (or the head does not name the last link). */
    CHAIN_BROKEN,
    /** A place in the chain is empty, or a published notice has no link at all. */
    MISSING_LINK
}
