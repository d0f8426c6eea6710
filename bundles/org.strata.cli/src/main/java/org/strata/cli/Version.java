package org.strata.cli;

import picocli.CommandLine;

/** The version line of {@code strata --version}. */
final class Version implements CommandLine.IVersionProvider {
    static String number() {
        String v = Version.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[] {"strata " + number(), "Java " + System.getProperty("java.version")};
    }
}
