package io.loclint.rules;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class VersionsTest {
    @Test
    void wellFormedTags() {
        assertEquals(new Versions.Tag("data_processing_job", 2), Versions.tag("data_processing_job_ver_2"));
        assertEquals(new Versions.Tag("job", 10), Versions.tag("job_ver_10"));
        assertNull(Versions.tag("data_processing_job"));
        assertNull(Versions.tag("job_ver_02"));
        assertNull(Versions.tag("job_v2_ver_3"));
    }

    @Test
    void malformedMarkers() {
        assertEquals("_v2", Versions.malformedMarker("data_processing_job_v2"));
        assertEquals("_version_2", Versions.malformedMarker("job_version_2"));
        assertEquals("_ver2", Versions.malformedMarker("job_ver2"));
        assertEquals("Ver2", Versions.malformedMarker("ProcessingJobVer2"));
        assertEquals("_ver_02", Versions.malformedMarker("job_ver_02"));
        assertEquals("_ver_2", Versions.malformedMarker("job_ver_2_final"));
        assertEquals("-v2", Versions.malformedMarker("job-v2"));
        assertNull(Versions.malformedMarker("job_ver_2"));
        assertNull(Versions.malformedMarker("server2_job"));
        assertNull(Versions.malformedMarker("s3_export_job"));
        assertNull(Versions.malformedMarker("dev_job"));
        assertNull(Versions.malformedMarker("ipv4_scan_job"));
    }
}
