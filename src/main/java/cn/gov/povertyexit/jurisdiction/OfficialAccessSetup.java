package cn.gov.povertyexit.jurisdiction;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.HistoricTaskPermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Brings Camunda's groups, tenants and authorizations in line with the jurisdictions on the register. Runs at
 * every start and only adds what is missing, so a second start changes nothing.
 *
 * <p>Task workers see a task only as candidates of its group (the engine grants that per task); supervisors
 * read everything, but only within their tenants; analysts deploy models.
 */
@Component
public class OfficialAccessSetup {

  private static final Logger LOG = LoggerFactory.getLogger(OfficialAccessSetup.class);

  private final OfficialDirectory directory;
  private final IdentityService identityService;
  private final AuthorizationService authorizationService;
  private final List<ProcessStartRight> startRights;

  public OfficialAccessSetup(OfficialDirectory directory, IdentityService identityService,
      AuthorizationService authorizationService, ObjectProvider<ProcessStartRight> startRights) {
    this.directory = directory;
    this.identityService = identityService;
    this.authorizationService = authorizationService;
    this.startRights = startRights.orderedStream().toList();
  }

  public void synchronise() {
    Map<String, String> tenants = directory.tenants();
    tenants.forEach(this::ensureTenant);
    List<OfficialGroup> groups = directory.groups();
    Grants grants = new Grants();
    for (OfficialGroup group : groups) {
      ensureGroup(group);
      group.tenantIds().forEach(tenantId -> ensureTenantMembership(tenantId, group.id()));
      grantByKind(grants, group);
    }
    for (ProcessStartRight right : startRights) {
      groups.stream().filter(right::grantedTo).forEach(group -> {
        grants.add(group.id(), Resources.PROCESS_DEFINITION, right.processDefinitionKey(),
            Permissions.READ, Permissions.CREATE_INSTANCE);
        grants.add(group.id(), Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
      });
    }
    grants.wanted.forEach(this::grantExactly);
    nameAdministrators();
    LOG.info("Officials' access in line with the register: {} groups, {} tenants", groups.size(), tenants.size());
  }

  private void grantByKind(Grants grants, OfficialGroup group) {
    String id = group.id();
    switch (group.role().kind()) {
      case TASKS -> {
        grants.add(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grants.add(id, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
      }
      case SUPERVISION -> {
        grants.add(id, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.add(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        readEverything(grants, id);
      }
      case MODELLING -> {
        // deploys new versions of the models and reads everything; changes no case, deletes no deployment
        grants.add(id, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grants.add(id, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        readEverything(grants, id);
        grants.add(id, Resources.DEPLOYMENT, ANY, Permissions.CREATE);
      }
    }
  }

  /** Read-only view of definitions, instances, tasks and their history; the tenant check narrows it to the group's counties. */
  private static void readEverything(Grants grants, String groupId) {
    grants.add(groupId, Resources.PROCESS_DEFINITION, ANY, Permissions.READ, Permissions.READ_INSTANCE,
        Permissions.READ_HISTORY, Permissions.READ_TASK);
    grants.add(groupId, Resources.DECISION_DEFINITION, ANY, Permissions.READ, Permissions.READ_HISTORY);
    grants.add(groupId, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
    grants.add(groupId, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grants.add(groupId, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grants.add(groupId, Resources.TASK, ANY, Permissions.READ);
    grants.add(groupId, Resources.HISTORIC_PROCESS_INSTANCE, ANY, HistoricProcessInstancePermissions.READ);
    grants.add(groupId, Resources.HISTORIC_TASK, ANY, HistoricTaskPermissions.READ);
  }

  /** The permissions each group should hold, collected first so that each authorization row is written once, exactly. */
  private static final class Grants {
    private final Map<GrantKey, Set<Permission>> wanted = new LinkedHashMap<>();

    void add(String groupId, Resource resource, String resourceId, Permission... permissions) {
      wanted.computeIfAbsent(new GrantKey(groupId, resource, resourceId), key -> new LinkedHashSet<>())
          .addAll(Arrays.asList(permissions));
    }
  }

  private record GrantKey(String groupId, Resource resource, String resourceId) {}

  /** Lets every user read a shared resource (used for Tasklist filters). */
  public void grantToEveryone(Resource resource, String resourceId, Permission... permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GLOBAL).resourceType(resource).resourceId(resourceId).singleResult();
    Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GLOBAL);
    if (existing == null) {
      authorization.setUserId(ANY);
      authorization.setResource(resource);
      authorization.setResourceId(resourceId);
    }
    boolean missing = existing == null
        || Arrays.stream(permissions).anyMatch(permission -> !existing.isPermissionGranted(permission));
    if (missing) {
      Arrays.stream(permissions).forEach(authorization::addPermission);
      authorizationService.saveAuthorization(authorization);
    }
  }

  /**
   * Gives the group exactly these permissions on the resource: missing ones are added and rights granted by an
   * earlier version of this set-up (e.g. ALL for analysts) are taken back; an unchanged row is not written.
   */
  private void grantExactly(GrantKey key, Set<Permission> permissions) {
    Authorization existing = authorizationService.createAuthorizationQuery()
        .authorizationType(AUTH_TYPE_GRANT).groupIdIn(key.groupId()).resourceType(key.resource())
        .resourceId(key.resourceId()).singleResult();
    int wanted = permissions.stream().mapToInt(Permission::getValue).reduce(0, (left, right) -> left | right);
    if (existing instanceof AuthorizationEntity entity && entity.getPermissions() == wanted) {
      return;
    }
    Authorization authorization = existing != null ? existing : authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
    if (existing == null) {
      authorization.setGroupId(key.groupId());
      authorization.setResource(key.resource());
      authorization.setResourceId(key.resourceId());
    }
    authorization.setPermissions(permissions.toArray(new Permission[0]));
    authorizationService.saveAuthorization(authorization);
  }

  private void ensureTenant(String tenantId, String countyName) {
    if (identityService.createTenantQuery().tenantId(tenantId).count() == 0) {
      Tenant tenant = identityService.newTenant(tenantId);
      tenant.setName(countyName);
      identityService.saveTenant(tenant);
    }
  }

  /** Camunda creates its administrators' group with an English name and type. */
  private void nameAdministrators() {
    Group administrators = identityService.createGroupQuery().groupId("camunda-admin").singleResult();
    if (administrators != null && !"系统管理员".equals(administrators.getName())) {
      administrators.setName("系统管理员");
      administrators.setType("系统");
      identityService.saveGroup(administrators);
    }
  }

  /** Admin shows a group's name and type as they are: the unit's Chinese name, its level in Chinese (村级、县级…). */
  private void ensureGroup(OfficialGroup official) {
    Group group = identityService.createGroupQuery().groupId(official.id()).singleResult();
    if (group == null) {
      group = identityService.newGroup(official.id());
    }
    String type = official.level().label() + "级";
    if (!official.name().equals(group.getName()) || !type.equals(group.getType())) {
      group.setName(official.name());
      group.setType(type);
      identityService.saveGroup(group);
    }
  }

  private void ensureTenantMembership(String tenantId, String groupId) {
    if (identityService.createGroupQuery().groupId(groupId).memberOfTenant(tenantId).count() == 0) {
      identityService.createTenantGroupMembership(tenantId, groupId);
    }
  }
}
