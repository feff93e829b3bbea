package org.warrant.sources.importing;

import java.io.IOException;

/** Test PDFs for tests outside this package. */
public final class PdfFixtures {

    private PdfFixtures() {
    }

    public static byte[] encrypted() throws IOException {
        return TestPdfs.encrypted("reader-secret");
    }
}
