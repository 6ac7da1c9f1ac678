package io.loclint.engine.result;

import io.loclint.grammar.Span;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The digests are stored (SARIF alerts, baseline files): they are pinned to values computed outside loclint. */
class FindingIdentityTest {
    private static Finding finding(String code, Severity severity, String path, int line, String symbol) {
        return new Finding(code, severity, "message " + line, path, new Span(line, 1, line, 2), symbol, null);
    }

    @Test
    void theDigestIsSha256OverCodePathAndSymbol() {
        // python3: hashlib.sha256(b'NAM001\x00src/jobs.py\x00DataJob').hexdigest()
        assertEquals("0615806fe770bcbda27eac6d5c8013221d2a40f0ef124028d11633d5ca235f10",
                FindingIdentity.digest(finding("NAM001", Severity.ERROR, "src/jobs.py", 12, "DataJob")));
    }

    @Test
    void theSaltedDigestPutsTheSaltAndANulInFrontAndANullSymbolCountsAsEmpty() {
        // python3: hashlib.sha256(b'00112233445566778899aabbccddeeff\x00LOC001\x00setup.cfg\x00').hexdigest()
        assertEquals("5b4502daea82ff50c77c423686a70ea2298b21ecda2434cb454b9d7a8508b083",
                FindingIdentity.saltedDigest("00112233445566778899aabbccddeeff",
                        finding("LOC001", Severity.ERROR, "setup.cfg", 1, null)));
    }

    @Test
    void lineSeverityAndMessageAreNotPartOfTheIdentity() {
        assertEquals(FindingIdentity.digest(finding("NAM001", Severity.ERROR, "src/jobs.py", 12, "DataJob")),
                FindingIdentity.digest(finding("NAM001", Severity.NOTE, "src/jobs.py", 30, "DataJob")));
    }
}
