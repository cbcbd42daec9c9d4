package org.casework.platform.boundary;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A form posted from a page the server no longer keeps (the session holds the last few pages a person opened, so
 * that every request carries little) is not an error: nothing is done, and the same address is opened again as it
 * stands now, saying so, so that the person can do it again. Without this they met the error page.
 */
public class ExpiredPages extends ExceptionHandlerFactory {

    static final String MESSAGE = "This page had been open while you opened others, so nothing was done: it is shown "
            + "again as it stands now. Please do it again.";

    public ExpiredPages(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new Handler(getWrapped().getExceptionHandler());
    }

    static final class Handler extends ExceptionHandlerWrapper {

        Handler(ExceptionHandler wrapped) {
            super(wrapped);
        }

        @Override
        public void handle() {
            for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
                 events.hasNext(); ) {
                if (events.next().getContext().getException() instanceof ViewExpiredException) {
                    events.remove();
                    openAgain(FacesContext.getCurrentInstance());
                }
            }
            getWrapped().handle();
        }

        private static void openAgain(FacesContext faces) {
            ExternalContext external = faces.getExternalContext();
            HttpServletRequest request = (HttpServletRequest) external.getRequest();
            FacesMessages.info(MESSAGE);
            external.getFlash().setKeepMessages(true);
            try {
                // the form's address is the page's own, with its parameters (BookmarkableActions)
                external.redirect(request.getRequestURI()
                        + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            faces.responseComplete();
        }
    }
}
