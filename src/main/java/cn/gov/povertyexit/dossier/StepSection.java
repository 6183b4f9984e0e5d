package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** 办理过程: every step that decided on the subject, in the order it was completed, with who and what. */
@Component
class StepSection implements DossierSection {

  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

  private final DossierSteps steps;

  StepSection(DossierSteps steps) {
    this.steps = steps;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<Dossier.Section> of(SubjectType type, String id, Optional<Integer> year) {
    List<List<String>> rows = new ArrayList<>();
    for (DossierStep step : steps.of(type, id, year)) {
      List<String> lines = new ArrayList<>();
      step.subjects().stream().map(DossierStep.Subject::listedAs).filter(listed -> listed != null && !listed.isBlank())
          .forEach(listed -> lines.add("列于：" + listed));
      step.details().forEach(entry -> lines.add(entry.label() + "：" + entry.value()));
      rows.add(List.of(MINUTE.format(step.completedAt()), step.processName() + "\n" + step.stepName(),
          step.actorName() + (step.actorRole() == null ? "" : "\n" + step.actorRole()),
          lines.isEmpty() ? "—" : String.join("\n", lines)));
    }
    return Optional.of(new Dossier.Section("办理过程", List.of("办结时间", "程序及步骤", "经办人及单位", "办理内容"), rows,
        "暂无办理记录。"));
  }
}
