package cn.gov.povertyexit.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import cn.gov.povertyexit.support.ProjectModels;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The process archive names every model of bpmn/ and every form of forms/, and nothing else. */
class ProcessArchiveListTest {

  @Test
  void shouldListEveryModelAndFormByItsFileName() throws Exception {
    String archive = Files.readString(Path.of("src/main/resources/META-INF/processes.xml"));
    Matcher resource = Pattern.compile("<resource>([^<]+)</resource>").matcher(archive);
    List<String> listed = resource.results().map(match -> match.group(1)).sorted().toList();

    List<String> files = Stream.concat(ProjectModels.files("bpmn", ".bpmn").stream(),
            ProjectModels.files("forms", ".form").stream())
        .map(file -> file.getFileName().toString()).sorted().toList();

    assertThat(listed).containsExactlyElementsOf(files);
  }
}
