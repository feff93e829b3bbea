package org.warrant.sources;

/** An article or file that cannot be imported; the message is written for the person importing it. */
public class ArticleRejectedException extends RuntimeException {

    public ArticleRejectedException(String message) {
        super(message);
    }

    public ArticleRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
