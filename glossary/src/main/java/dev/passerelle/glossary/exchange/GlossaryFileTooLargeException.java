package dev.passerelle.glossary.exchange;

/** A glossary file over the import size limit; refused while streaming, before it is read whole. */
public class GlossaryFileTooLargeException extends InvalidGlossaryFileException {

    public GlossaryFileTooLargeException(long limit) {
        super("The glossary file is larger than the limit of " + limit + " bytes");
    }
}
