package org.warrant.sources;

/** The article was corrected by someone else since the text being saved was opened. */
public class StaleArticleException extends RuntimeException {

    public StaleArticleException(int current) {
        super("Someone else corrected this article meanwhile (it is now revision " + current + "). "
                + "Your text was not saved: copy your changes, open the article again and make them there.");
    }
}
