package cn.gov.povertyexit.demo;

import cn.gov.povertyexit.jurisdiction.OfficialDirectory;
import cn.gov.povertyexit.jurisdiction.OfficialGroup;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * One demo official per group, logging in with the group's own id (e.g. {@code county-360424-office}) and the
 * demo password, so every task of the demo can be walked in Tasklist. Names are synthetic; a Chinese name is
 * written whole (surname first) in the first-name field, as the webapps show "first last" with a space between.
 */
@Component
class DemoOfficials {

  private static final String SURNAMES = "王李张刘陈杨黄赵周吴徐孙胡朱高林何郭马罗";
  private static final String GIVEN_NAMES = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华";

  private final OfficialDirectory directory;
  private final IdentityService identityService;

  DemoOfficials(OfficialDirectory directory, IdentityService identityService) {
    this.directory = directory;
    this.identityService = identityService;
  }

  /** Creates the missing demo users and memberships; returns the ids of all demo users. */
  List<String> ensure(String password) {
    List<OfficialGroup> groups = directory.groups();
    for (int index = 0; index < groups.size(); index++) {
      OfficialGroup group = groups.get(index);
      String userId = group.id();
      User user = identityService.createUserQuery().userId(userId).singleResult();
      if (user == null) {
        user = identityService.newUser(userId);
        user.setFirstName(syntheticName(index));
        user.setLastName("");
        user.setPassword(password);
        user.setEmail(userId + "@demo.invalid");
        identityService.saveUser(user);
      } else if (!"".equals(user.getLastName()) && group.name().equals(user.getLastName())) {
        // an installation of an earlier version kept the unit in the surname field; the unit is the group
        user.setLastName("");
        identityService.saveUser(user);
      }
      if (identityService.createUserQuery().userId(userId).memberOfGroup(group.id()).count() == 0) {
        identityService.createMembership(userId, group.id());
      }
    }
    return groups.stream().map(OfficialGroup::id).toList();
  }

  private static String syntheticName(int index) {
    return "" + SURNAMES.charAt(index % SURNAMES.length())
        + GIVEN_NAMES.charAt((index * 7) % GIVEN_NAMES.length());
  }
}
