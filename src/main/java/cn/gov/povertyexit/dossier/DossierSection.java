package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.registry.SubjectType;
import java.util.Optional;

/** One kind of record the dossier holds for a subject; each kind reads its own table. */
public interface DossierSection {

  /** Where the section stands in the dossier: lower first. */
  int order();

  /** The section for the subject, of one case year when given; empty where this kind never concerns the subject. */
  Optional<Dossier.Section> of(SubjectType type, String id, Optional<Integer> year);
}
