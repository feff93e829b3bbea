package org.warrant.shared;

/** Input a service can't accept, with the reason as a text of {@link Messages} (see {@link Explained}). */
public class Refused extends IllegalArgumentException implements Explained {

    private final String key;
    private final transient Object[] args;

    public Refused(String key, Object... args) {
        super(Messages.text(Messages.ENGLISH, key, args));
        this.key = key;
        this.args = args.clone();
    }

    @Override
    public String key() {
        return key;
    }

    @Override
    public Object[] args() {
        return args.clone();
    }
}
