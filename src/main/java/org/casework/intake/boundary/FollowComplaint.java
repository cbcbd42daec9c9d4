package org.casework.intake.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.casework.intake.entity.PublicStatus;
import org.casework.platform.boundary.FacesMessages;
import org.casework.platform.boundary.RateLimits;

/** The portal's status page: reference and tracking code in, public status out. */
@Named
@RequestScoped
public class FollowComplaint {

    @Inject
    ComplaintIntake intake;

    private String reference;
    private String trackingCode;
    private PublicStatus status;

    public void look() {
        status = intake.status(reference == null ? null : reference.strip().toUpperCase(), trackingCode).orElse(null);
        if (status == null) {
            RateLimits.markFailedLookup((jakarta.servlet.http.HttpServletRequest)
                    jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext().getRequest());
            FacesMessages.error("We could not find a complaint with that reference and tracking code.");
        }
    }

    public String getReference() { return reference; }
    public void setReference(String reference) { this.reference = reference; }
    public String getTrackingCode() { return trackingCode; }
    public void setTrackingCode(String trackingCode) { this.trackingCode = trackingCode; }
    public PublicStatus getStatus() { return status; }
}
