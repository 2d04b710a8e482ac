import org.apache.camel.dsl.jbang.core.commands.CamelJBangMain;

/**
 * The `camel` command: what JBang runs for `camel@apache/camel` (camel-jbang-main's dist/CamelJBang.java) with
 * org.apache.camel:camel-jbang-core on the classpath. Started here with Java's source launcher, because the JBang
 * launcher itself is not on Maven Central.
 */
public class CamelJBang {

    public static void main(String... args) {
        CamelJBangMain.run(args);
    }
}
