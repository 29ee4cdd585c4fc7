package io.connectorexplorer.cli;

/** The text of --help and --version. */
final class Help {

    static final String COMMON = """
              --profile P      an AWS profile from the config or credentials file (default: AWS_PROFILE, then 'default')
              --region R       the region (default: AWS_REGION, then the profile's region)
              --demo           use the built-in offline demo account instead of a profile
              --debug          print each request and response on standard error (method, URL, status, request ID,
                               time, headers with credentials masked, bodies of errors); standard output is unchanged
              -h, --help       show this help
            """;

    private Help() {}

    static String overview() {
        return """
                Usage: connector-explorer [--debug] [COMMAND] [OPTIONS]

                With no command, starts the Connector Explorer window.

                Commands:
                  list         list the connector types and custom connectors of an account
                  inventory    the connectors of many profiles and regions side by side
                  describe     print one connector's configuration as 'aws appflow describe-connector' does
                  export       write every connector's configuration to one JSON file
                  connections  list the connections (connector profiles) of an account
                  entities     list the entities a connection offers (--entities-path for nested ones)
                  entity       the fields of one entity through a connection, as a table, CSV or JSON
                  flows        list the flows of an account, of a connector or of one connection
                  diff         compare one connector in two profiles, regions, exported files or times
                  history      what this machine kept of a connector over time, and what changed
                  sso          list the accounts and roles an SSO sign-in reaches; save one as a profile
                  login        sign an SSO profile in (the token is shared with the AWS CLI v2)

                Run 'connector-explorer COMMAND --help' for a command's options.
                AWS configuration is read as the AWS CLI reads it: AWS_PROFILE, AWS_REGION, AWS_CONFIG_FILE,
                AWS_SHARED_CREDENTIALS_FILE, endpoint_url and AWS_ENDPOINT_URL[_APPFLOW].
                Exit status: 0 success, 1 the call failed, 2 invalid input (nothing was called).
                --debug prints each request and response on standard error. Each call and each failure is also
                kept in the diagnostic log, connector-explorer.0.log in the settings folder.
                """;
    }

    /** The first line --debug prints: what runs, on what, and where the diagnostic log is. */
    static String debugHeading(java.nio.file.Path logFolder) {
        return "[debug] connector-explorer " + version() + " on Java " + System.getProperty("java.version") + " ("
                + System.getProperty("os.name") + " " + System.getProperty("os.arch") + "); diagnostic log in "
                + logFolder + System.lineSeparator() + System.lineSeparator();
    }

    static String version() {
        String version = Help.class.getPackage().getImplementationVersion();
        return version == null ? "development build" : version;
    }
}
