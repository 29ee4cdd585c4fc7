package io.connectorexplorer.cli;

/** The text of --help and --version. */
final class Help {

    static final String COMMON = """
              --profile P      an AWS profile from the config or credentials file (default: AWS_PROFILE, then 'default')
              --region R       the region (default: AWS_REGION, then the profile's region)
              --demo           use the built-in offline demo account instead of a profile
              -h, --help       show this help
            """;

    private Help() {}

    static String overview() {
        return """
                Usage: connector-explorer [COMMAND] [OPTIONS]

                With no command, starts the Connector Explorer window.

                Commands:
                  list       list the connector types and custom connectors of an account
                  describe   print one connector's configuration as 'aws appflow describe-connector' does
                  export     write every connector's configuration to one JSON file
                  login      sign an SSO profile in (the token is shared with the AWS CLI v2)

                Run 'connector-explorer COMMAND --help' for a command's options.
                AWS configuration is read as the AWS CLI reads it: AWS_PROFILE, AWS_REGION, AWS_CONFIG_FILE,
                AWS_SHARED_CREDENTIALS_FILE, endpoint_url and AWS_ENDPOINT_URL[_APPFLOW].
                Exit status: 0 success, 1 the call failed, 2 invalid input (nothing was called).
                """;
    }

    static String version() {
        String version = Help.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
