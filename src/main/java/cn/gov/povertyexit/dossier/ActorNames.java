package cn.gov.povertyexit.dossier;

import cn.gov.povertyexit.procedure.CurrentActor;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** How the dossier names who acted: "王伟（county-360424-office）", the system, or the id of a user since removed. */
@Component
class ActorNames {

  private final IdentityService identityService;

  ActorNames(IdentityService identityService) {
    this.identityService = identityService;
  }

  /** One name per distinct actor, looked up in one query. */
  Map<String, String> of(Collection<String> actorIds) {
    Set<String> ids = new LinkedHashSet<>(actorIds);
    Map<String, String> names = new HashMap<>();
    ids.forEach(id -> names.put(id, CurrentActor.ENGINE.equals(id) ? DossierRecorder.SYSTEM_NAME
        : "demo-loader".equals(id) ? "系统（演示数据装载）" : id));
    ids.remove(CurrentActor.ENGINE);
    if (!ids.isEmpty()) {
      for (User user : identityService.createUserQuery().userIdIn(ids.toArray(String[]::new)).list()) {
        String name = ((user.getFirstName() == null ? "" : user.getFirstName()) + " "
            + (user.getLastName() == null ? "" : user.getLastName())).trim();
        if (!name.isEmpty()) {
          names.put(user.getId(), name + "（" + user.getId() + "）");
        }
      }
    }
    return names;
  }
}
