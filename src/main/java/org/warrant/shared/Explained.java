package org.warrant.shared;

/**
 * A refusal whose reason is a text of {@link Messages}: its message is the English, for logs; a view shows the same
 * reason in the user's language from {@link #key()} and {@link #args()}.
 */
public interface Explained {

    String key();

    Object[] args();
}
