package org.casework.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR Maven built, deployed whole: the integration tests exercise exactly what ships. */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive casework() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("casework.war")));
    }
}
