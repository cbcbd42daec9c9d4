package org.casework.kernel;

import java.util.List;

/**
 * Several fields refused at once, so that a person corrects them all in one go instead of meeting them one by one.
 * It is also the first of them, so a caller that shows a single error still shows a true one.
 */
public class InvalidFieldsException extends InvalidFieldException {

    private final List<InvalidFieldException> all;

    InvalidFieldsException(List<InvalidFieldException> all) {
        super(all.get(0).field(), all.get(0).code(), all.get(0).reason(), all.get(0).arguments());
        this.all = List.copyOf(all);
    }

    @Override
    public List<InvalidFieldException> each() {
        return all;
    }

    @Override
    public int httpStatus() {
        return all.get(0).httpStatus();
    }
}
