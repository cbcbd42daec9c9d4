package org.casework.portal.boundary.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.casework.kernel.AccessDeniedException;
import org.casework.kernel.CaseNotFoundException;
import org.casework.kernel.CaseReference;
import org.casework.kernel.InvalidFieldException;
import org.casework.kernel.WrongStageException;
import org.casework.platform.boundary.FacesMessages;
import org.casework.portal.boundary.PortalEndGame;
import org.casework.portal.boundary.PractitionerCases.Download;

/**
 * The portal's case page, at the end of a case: the hearing's sittings and its bundle, and telling us of an appeal to
 * the court while the window is open.
 */
@Named
@ViewScoped
public class FollowTheEndGame implements Serializable {

    private static final Map<String, String> APPEALING = Map.of("lodgedOn", "appeal:lodgedOn", "grounds",
            "appeal:grounds", "confirmed", "appeal:confirmed");

    @Inject
    AnswerOnline page;
    @Inject
    PortalEndGame endGame;

    private PortalEndGame.Standing standing;
    private LocalDate lodgedOn;
    private String grounds;
    private boolean confirmed;

    public PortalEndGame.Standing getStanding() {
        if (standing == null && page.getCase() != null) {
            standing = endGame.standing(PortalSession.user(), reference());
        }
        return standing;
    }

    public void downloadBundle() {
        Download bundle = endGame.bundle(PortalSession.user(), reference());
        FacesContext faces = FacesContext.getCurrentInstance();
        HttpServletResponse answer = (HttpServletResponse) faces.getExternalContext().getResponse();
        answer.setContentType(bundle.mediaType());
        answer.setHeader("Content-Disposition", "attachment; filename=\"" + bundle.fileName() + "\"");
        answer.setHeader("Cache-Control", "no-store");
        try {
            answer.getOutputStream().write(bundle.content());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public void lodgeAppeal() {
        try {
            endGame.lodgeAppeal(PortalSession.user(), reference(), lodgedOn, grounds, confirmed);
            PortalSession.showAt("case.xhtml", page.getRef(), FacesMessages.text("portal.appeal.told"));
        } catch (InvalidFieldException e) {
            FacesMessages.show(e, APPEALING);
        } catch (WrongStageException | AccessDeniedException | CaseNotFoundException e) {
            PortalSession.showAt("case.xhtml", page.getRef(), FacesMessages.text("portal.moved"));
        }
    }

    private CaseReference reference() {
        return CaseReference.parse(page.getCase().reference());
    }

    public LocalDate getLodgedOn() { return lodgedOn; }
    public void setLodgedOn(LocalDate lodgedOn) { this.lodgedOn = lodgedOn; }
    public String getGrounds() { return grounds; }
    public void setGrounds(String grounds) { this.grounds = grounds; }
    public boolean isConfirmed() { return confirmed; }
    public void setConfirmed(boolean confirmed) { this.confirmed = confirmed; }
}
