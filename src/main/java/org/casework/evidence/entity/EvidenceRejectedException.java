package org.casework.evidence.entity;

import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.Reason;

/** An evidence file refused: too large (413), of a kind not accepted (415) or unreadable (400). */
public class EvidenceRejectedException extends InvalidFieldException {

    private final int httpStatus;

    public EvidenceRejectedException(String field, String reason, int httpStatus) {
        super(field, reason);
        this.httpStatus = httpStatus;
    }

    public EvidenceRejectedException(String field, Reason code, String reason, int httpStatus, Object... arguments) {
        super(field, code, reason, arguments);
        this.httpStatus = httpStatus;
    }

    @Override
    public int httpStatus() {
        return httpStatus;
    }

    /** The same refusal, saying which file it is about ("statement.pdf" is a PDF with JavaScript, ...). */
    public EvidenceRejectedException naming(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return this;
        }
        return new EvidenceRejectedException(field(), code(), "\"" + fileName + "\" " + reason(), httpStatus,
                arguments());
    }
}
