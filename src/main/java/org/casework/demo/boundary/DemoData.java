package org.casework.demo.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.casework.demo.control.DemoComplaints;
import org.casework.demo.control.DemoScreenshot;
import org.casework.intake.boundary.ComplaintIntake;
import org.casework.intake.entity.ComplaintSubmission;
import org.casework.intake.entity.EvidenceUpload;
import org.casework.kernel.CaseReference;
import org.casework.kernel.TeamCode;
import org.casework.platform.control.CaseworkConfig;
import org.casework.register.control.Register;
import org.casework.register.entity.Practitioner;
import org.casework.security.entity.PasswordHash;
import org.casework.security.entity.Role;
import org.casework.security.entity.StaffAccount;
import org.casework.security.entity.Team;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * In demo mode ({@code casework.demo=true}) fills an empty database with demo staff, a small register and the case
 * studies' complaints, through the same intake as the portal. Never runs otherwise: demo passwords are public.
 */
@Startup
@Singleton
@DependsOn("ProcessEngineBootstrap")
@TransactionManagement(TransactionManagementType.BEAN)
public class DemoData {

    static final TeamCode INVESTIGATIONS = new TeamCode("investigations");
    static final TeamCode SOUTHERN = new TeamCode("southern");

    private static final Logger LOG = Logger.getLogger(DemoData.class.getName());

    /** username, display name, password, roles, team, team lead: also listed in README.md. */
    static final List<Object[]> STAFF = List.of(
            new Object[] {"investigator", "Ivy Investigator", "investigator-demo", EnumSet.of(Role.INVESTIGATOR),
                INVESTIGATIONS, false},
            new Object[] {"lead", "Lena Lead", "lead-demo", EnumSet.of(Role.INVESTIGATOR), INVESTIGATIONS, true},
            new Object[] {"southern", "Sione Southern", "southern-demo", EnumSet.of(Role.INVESTIGATOR), SOUTHERN,
                false},
            new Object[] {"examiner", "Eru Examiner", "examiner-demo", EnumSet.of(Role.CASE_EXAMINER), null, false},
            new Object[] {"senior", "Sam Senior", "senior-demo", EnumSet.of(Role.INVESTIGATOR, Role.CASE_EXAMINER),
                INVESTIGATIONS, false},
            new Object[] {"registrar", "Rosa Registrar", "registrar-demo", EnumSet.of(Role.REGISTRAR), null, false},
            new Object[] {"admin", "Adam Admin", "admin-demo", EnumSet.of(Role.ADMIN), null, false});

    @Inject
    CaseworkConfig config;

    @Inject
    ComplaintIntake intake;

    @Inject
    DemoStages stages;

    /**
     * Whether the demo moves some of its cases on to later stages (on by default); the integration tests turn it
     * off, as cases changing in the background would upset their counts.
     */
    @Inject
    @ConfigProperty(name = "casework.demo.stages", defaultValue = "true")
    boolean stagesWanted;

    @Inject
    Register register;

    @Inject
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @PostConstruct
    void load() {
        if (!config.demo()) {
            return;
        }
        try {
            transaction.begin();
            boolean fresh = loadStaffAndRegister();
            transaction.commit();
            if (fresh) {
                byte[] screenshot = DemoScreenshot.png();
                intake.submit(DemoComplaints.david(), List.of(new EvidenceUpload("facebook-post.png", screenshot)));
                intake.submit(DemoComplaints.sarah(), List.of());
                intake.submit(DemoComplaints.connor(), List.of());
                LOG.info("Demo data loaded: staff accounts, register and three complaints waiting at triage");
                if (stagesWanted) {
                    stages.advanceInBackground(List.of(
                            staged(DemoComplaints.katherine(), DemoStages.Stage.CLOSED_AT_TRIAGE),
                            staged(DemoComplaints.grace(), DemoStages.Stage.AT_HDC),
                            staged(DemoComplaints.mere(), DemoStages.Stage.AWAITING_RESPONSE),
                            staged(DemoComplaints.tane(), DemoStages.Stage.WITH_EXAMINERS),
                            staged(DemoComplaints.ana(), DemoStages.Stage.LETTERS_TO_APPROVE),
                            staged(DemoComplaints.sue(), DemoStages.Stage.WARNING_ON_REGISTER)));
                    LOG.info("Six more demo complaints are being moved on to later stages, in the background");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Could not load the demo data", e);
        }
    }

    private DemoStages.Staged staged(ComplaintSubmission complaint, DemoStages.Stage stage) {
        return new DemoStages.Staged(new CaseReference(intake.submit(complaint, List.of()).reference()), stage);
    }

    /** Each demo account and team that is missing: a database from an earlier version gains the newer ones. */
    @SuppressWarnings("unchecked")
    private boolean loadStaffAndRegister() {
        boolean fresh = em.createQuery("select count(a) from StaffAccount a", Long.class).getSingleResult() == 0;
        if (em.find(Team.class, SOUTHERN.value()) == null) {
            em.persist(new Team(SOUTHERN, "Southern investigations"));
        }
        for (Object[] s : STAFF) {
            boolean missing = em.createNamedQuery(StaffAccount.BY_USERNAME, StaffAccount.class)
                    .setParameter("username", s[0]).getResultList().isEmpty();
            if (missing) {
                em.persist(new StaffAccount((String) s[0], (String) s[1],
                        PasswordHash.hash(((String) s[2]).toCharArray()), (Set<Role>) s[3], (TeamCode) s[4],
                        (Boolean) s[5]));
            }
        }
        if (!fresh) {
            return false;
        }
        if (register.isEmpty()) {
            register.add(new Practitioner(DemoComplaints.DAVID_REGISTRATION, "David Marsh",
                    "Medical laboratory scientist", "Wellington Community Laboratory")
                    .reachableAt("david.marsh@example.org", "quality@wellington-lab.example.org"));
            register.add(new Practitioner("MSC-38877", "Katherine Ngata", "Medical laboratory scientist",
                    "Waikato Hospital"));
            register.add(new Practitioner("MSC-41502", "Sue Tanaka", "Anaesthetic technician",
                    "Dunedin Hospital"));
            register.add(new Practitioner("MSC-43310", "Connor Blake", "Anaesthetic technician",
                    "Christchurch Hospital"));
            // her case waits on her response: with an address, she is invited to the practitioner's portal
            register.add(new Practitioner(DemoComplaints.MERE_REGISTRATION, "Mere Paki",
                    "Medical laboratory scientist", "Rotorua Hospital laboratory")
                    .reachableAt("mere.paki@example.org", null));
        }
        return true;
    }
}
