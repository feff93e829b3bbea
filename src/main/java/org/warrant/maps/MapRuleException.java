package org.warrant.maps;

/** An edit that would break a rule of maps; the message says which, for the person editing. */
public class MapRuleException extends RuntimeException {

    public MapRuleException(String message) {
        super(message);
    }
}
