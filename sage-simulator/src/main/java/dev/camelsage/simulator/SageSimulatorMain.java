package dev.camelsage.simulator;

import java.util.concurrent.CountDownLatch;

/** Runs the simulator standalone: {@code java -jar camel-sage-simulator.jar [--port 8089] [--no-quota]}; stops when killed. */
public final class SageSimulatorMain {

    private SageSimulatorMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        int port = 8089;
        QuotaSettings quota = QuotaSettings.sage();
        for (int i = 0; i < args.length; i++) {
            if ((args[i].equals("--port") || args[i].equals("-p")) && i + 1 < args.length) {
                port = Integer.parseInt(args[++i]);
            } else if (args[i].startsWith("--port=")) {
                port = Integer.parseInt(args[i].substring("--port=".length()));
            } else if (args[i].equals("--no-quota")) {
                quota = QuotaSettings.unlimited();
            } else {
                System.err.println("Usage: java -jar camel-sage-simulator.jar [--port 8089] [--no-quota]   (unknown argument: "
                        + args[i] + ")");
                System.exit(2);
            }
        }
        SageSimulator simulator = SageSimulator.builder().port(port).quota(quota).start();
        Runtime.getRuntime().addShutdownHook(new Thread(simulator::close, "sage-simulator-shutdown"));
        System.out.println("Sage API simulator running at " + simulator.baseUrl() + "/api/2.0.0/");
        System.out.println("  username   " + SageSimulator.DEMO_USERNAME);
        System.out.println("  password   " + SageSimulator.DEMO_PASSWORD);
        System.out.println("  apikey     " + SageSimulator.DEMO_API_KEY);
        System.out.println("  companyid  " + SageSimulator.DEMO_COMPANY_ID + " (Demo Trading (Pty) Ltd), "
                + SageSimulator.SECOND_COMPANY_ID + " (Karoo Consulting CC)");
        System.out.println("  quotas     " + (quota.equals(QuotaSettings.sage())
                ? "Sage's: 100 requests per 60 s per key and company (then a 1 h block), 5000 a day (--no-quota lifts them)"
                : "none"));
        System.out.println("Try: curl -u '" + SageSimulator.DEMO_USERNAME + ":" + SageSimulator.DEMO_PASSWORD
                + "' -H 'Content-Type: application/json' '" + simulator.baseUrl()
                + "/api/2.0.0/Customer/Get?apikey=" + SageSimulator.DEMO_API_KEY.replace("{", "%7B").replace("}", "%7D")
                + "&companyid=1&$top=3&$orderby=ID'");
        new CountDownLatch(1).await();
    }
}
