package io.dateline.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * How the build runs the Spark job (mvn exec:exec@spark-job): a refused run is never reported
 * as success, and one SLF4J provider is named so that no "multiple providers" warning shows.
 */
class SparkJobBuildTest {

    static String pom() throws Exception {
        return Files.readString(Path.of(System.getProperty("dateline.root", ".")).resolve("pom.xml"));
    }

    @Test
    void onlyExitZeroIsSuccess() throws Exception {
        String pom = pom();
        int at = pom.indexOf("<id>spark-job</id>");
        assertTrue(at > 0, "the spark-job execution");
        String exec = pom.substring(at, pom.indexOf("</execution>", at));
        Matcher m = Pattern.compile("<successCodes>(.*?)</successCodes>", Pattern.DOTALL).matcher(exec);
        assertTrue(m.find(), exec);
        assertEquals("<successCode>0</successCode>", m.group(1).strip(),
                "the job exits 2 when it refuses an existing OUT: Maven must not turn that into 0");
        assertEquals(2, DatelineJob.BAD_INPUT);
    }

    @Test
    void oneSlf4jProviderIsNamed() throws Exception {
        String pom = pom();
        int at = pom.indexOf("<id>spark-job</id>");
        String exec = pom.substring(at, pom.indexOf("</execution>", at));
        assertTrue(exec.contains("${slf4j.one.provider}"), exec);
        assertTrue(pom.contains("<slf4j.one.provider>-Dslf4j.provider=org.slf4j.simple.SimpleServiceProvider"), "property");
        assertEquals("org.slf4j.simple.SimpleServiceProvider", System.getProperty("slf4j.provider"),
                "the tests name the provider too (Spark's Log4j provider is on their class path)");
        assertTrue(org.slf4j.LoggerFactory.getILoggerFactory().getClass().getName().startsWith("org.slf4j.simple"));
    }
}
