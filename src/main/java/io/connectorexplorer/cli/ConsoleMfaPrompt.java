package io.connectorexplorer.cli;

import io.connectorexplorer.core.profile.MfaPrompt;
import java.io.Console;
import java.util.Optional;

/** Asks for an MFA code on the terminal; in a script with no terminal there is nobody to ask. */
public final class ConsoleMfaPrompt implements MfaPrompt {

    @Override
    public Optional<String> mfaCode(String profileName, String mfaSerial) {
        Console console = System.console();
        if (console == null) {
            return Optional.empty();
        }
        String code = console.readLine("MFA code for %s (profile %s): ", mfaSerial, profileName);
        return code == null || code.isBlank() ? Optional.empty() : Optional.of(code.strip());
    }
}
