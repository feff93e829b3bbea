package org.warrant.maps;

import org.jspecify.annotations.Nullable;
import org.warrant.shared.Explained;
import org.warrant.shared.Messages;

/** An edit that would break a rule of maps; the message says which, for the person editing, in their language. */
public class MapRuleException extends RuntimeException implements Explained {

    private final @Nullable String key;
    private final transient Object[] args;

    /** A reason already in the user's words (a view's own). */
    public MapRuleException(String message) {
        super(message);
        this.key = null;
        this.args = new Object[0];
    }

    private MapRuleException(String key, Object[] args) {
        super(Messages.text(Messages.ENGLISH, key, args));
        this.key = key;
        this.args = args.clone();
    }

    /** A rule broken, named by its text in the message bundles. */
    public static MapRuleException because(String key, Object... args) {
        return new MapRuleException(key, args);
    }

    @Override
    public @Nullable String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
