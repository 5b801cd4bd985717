package org.gongshi.it;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

import java.io.File;

/** The real EAR of this build, exactly as packaged. */
final class Deployments {

    private Deployments() {
    }

    static EnterpriseArchive ear() {
        File ear = new File(System.getProperty("gongshi.ear", "target/gongshi.ear"));
        if (!ear.isFile()) {
            throw new IllegalStateException("No EAR at " + ear.getAbsolutePath() + "; run the package phase first");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, ear);
    }
}
