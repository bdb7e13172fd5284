package dev.passerelle.glossary.exchange;

import java.util.Locale;

/** The exchange formats, named as the API's {@code format} parameter names them. */
public enum GlossaryFormat {
    /** TBX v3 (ISO 30042:2019) TBX-Basic, DCA style on export; DCA or DCT on import (TBX 2008 too). */
    TBX("tbx", "application/x-tbx+xml", "tbx"),
    /** TBX v3 TBX-Basic in DCT style (namespaced data categories). */
    TBX_DCT("tbx-dct", "application/x-tbx+xml", "tbx"),
    /** TBX 2008 (ISO 30042:2008, {@code <martif>}) TBX-Basic. */
    TBX2("tbx2", "application/x-tbx+xml", "tbx"),
    CSV("csv", "text/csv", "csv"),
    TSV("tsv", "text/tab-separated-values", "tsv");

    private final String param;
    private final String mediaType;
    private final String extension;

    GlossaryFormat(String param, String mediaType, String extension) {
        this.param = param;
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public static GlossaryFormat fromParam(String value) {
        String wanted = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        for (GlossaryFormat format : values()) {
            if (format.param.equals(wanted)) {
                return format;
            }
        }
        throw new IllegalArgumentException("Unknown glossary format '" + value + "': use tbx, tbx-dct, tbx2, csv or tsv");
    }

    public String param() {
        return param;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    boolean isTbx() {
        return this == TBX || this == TBX_DCT || this == TBX2;
    }
}
