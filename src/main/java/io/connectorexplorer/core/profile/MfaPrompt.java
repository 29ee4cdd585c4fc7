package io.connectorexplorer.core.profile;

import java.util.Optional;

/** Asks the person for an MFA code (assume-role with mfa_serial). Called off the FX thread; blocks until answered. */
@FunctionalInterface
public interface MfaPrompt {

    MfaPrompt NONE = (profile, serial) -> Optional.empty();

    Optional<String> mfaCode(String profileName, String mfaSerial);
}
