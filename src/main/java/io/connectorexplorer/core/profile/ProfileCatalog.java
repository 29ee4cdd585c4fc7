package io.connectorexplorer.core.profile;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The profiles the AWS configuration files define, valid and invalid ones alike, plus the demo account. */
public interface ProfileCatalog {

    /** Every profile, the demo account last; read anew on each call. */
    List<AwsProfile> profiles();

    /** Problems with the files themselves (a malformed line), each naming the file and line. */
    List<String> fileProblems();

    /** The profile named by AWS_PROFILE, if set. */
    Optional<String> environmentProfile();

    /** The region named by AWS_REGION or AWS_DEFAULT_REGION, if set. */
    Optional<String> environmentRegion();

    /** True when neither a config nor a credentials file defines any profile. */
    boolean isEmpty();

    /** The AWS config file, when it exists (to open it for the user). */
    default Optional<Path> configFile() {
        return Optional.empty();
    }

    /**
     * Calls back (on a background thread) whenever the config or credentials file changes; close the
     * result to stop. Catalogs that cannot watch return a handle that does nothing.
     */
    default AutoCloseable watch(Runnable onChange) {
        return () -> {};
    }
}
