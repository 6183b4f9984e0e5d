package cn.gov.povertyexit.jurisdiction;

import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.CITY;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.COUNTY;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.NATIONAL;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.PROVINCE;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.TOWNSHIP;
import static cn.gov.povertyexit.jurisdiction.AdministrativeLevel.VILLAGE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Derives the groups of officials from the jurisdictions on the register: every role at every place, and for
 * each group the counties (tenants) it may see — its own county, or every county below its city or province.
 */
@Component
public class OfficialDirectory {

  /** The State Council's leading group is addressed with China's code in GB/T 2260. */
  public static final String NATIONAL_CODE = "100000";

  private final JurisdictionRepository jurisdictions;

  public OfficialDirectory(JurisdictionRepository jurisdictions) {
    this.jurisdictions = jurisdictions;
  }

  public List<OfficialGroup> groups() {
    List<Place> counties = jurisdictions.counties();
    Map<String, Place> cities = byCode(jurisdictions.cities());
    Map<String, Place> countyByCode = byCode(counties);
    Map<String, Place> townships = byCode(jurisdictions.townships());

    List<OfficialGroup> groups = new ArrayList<>();
    for (Place village : jurisdictions.villages()) {
      Place township = townships.get(village.parentCode());
      Set<String> tenant = Set.of(Tenants.county(township.parentCode()));
      String name = countyByCode.get(township.parentCode()).name() + township.name() + village.name();
      groups.add(new OfficialGroup(VILLAGE, village.code(), OfficialRole.COMMITTEE, name + "村两委", tenant));
      groups.add(new OfficialGroup(VILLAGE, village.code(), OfficialRole.WORK_TEAM, name + "驻村工作队", tenant));
    }
    for (Place township : townships.values()) {
      Set<String> tenant = Set.of(Tenants.county(township.parentCode()));
      String name = countyByCode.get(township.parentCode()).name() + township.name();
      groups.add(new OfficialGroup(TOWNSHIP, township.code(), OfficialRole.GOVERNMENT, name + "人民政府", tenant));
    }
    for (Place county : counties) {
      Set<String> tenant = Set.of(Tenants.county(county.code()));
      for (OfficialRole role : rolesAt(COUNTY)) {
        groups.add(new OfficialGroup(COUNTY, county.code(), role, county.name() + role.label(), tenant));
      }
    }
    for (Place city : cities.values()) {
      Set<String> tenants = new HashSet<>(tenantsWhere(counties, county -> county.parentCode().equals(city.code())));
      tenants.add(Tenants.city(city.code()));
      for (OfficialRole role : rolesAt(CITY)) {
        groups.add(new OfficialGroup(CITY, city.code(), role, city.name() + role.label(), tenants));
      }
    }
    for (Place province : jurisdictions.provinces()) {
      Set<String> tenants = new HashSet<>(tenantsWhere(counties,
          county -> cities.get(county.parentCode()).parentCode().equals(province.code())));
      tenants.add(Tenants.province(province.code()));
      cities.values().stream().filter(city -> city.parentCode().equals(province.code()))
          .forEach(city -> tenants.add(Tenants.city(city.code())));
      for (OfficialRole role : rolesAt(PROVINCE)) {
        groups.add(new OfficialGroup(PROVINCE, province.code(), role, province.name() + provinceRoleName(role), tenants));
      }
    }
    Set<String> allTenants = tenants().keySet();
    groups.add(new OfficialGroup(NATIONAL, NATIONAL_CODE, OfficialRole.LEADING_GROUP, "国务院扶贫开发领导小组", allTenants));
    groups.add(new OfficialGroup(NATIONAL, NATIONAL_CODE, OfficialRole.SUPERVISOR, "国务院扶贫开发领导小组督查组", allTenants));
    return groups;
  }

  /** The tenants (counties, cities, provinces) on the register, with their Chinese names. */
  public Map<String, String> tenants() {
    Map<String, String> tenants = new LinkedHashMap<>();
    jurisdictions.provinces().forEach(province -> tenants.put(Tenants.province(province.code()), province.name()));
    jurisdictions.cities().forEach(city -> tenants.put(Tenants.city(city.code()), city.name()));
    jurisdictions.counties().forEach(county -> tenants.put(Tenants.county(county.code()), county.name()));
    return tenants;
  }

  private static List<OfficialRole> rolesAt(AdministrativeLevel level) {
    return Arrays.stream(OfficialRole.values()).filter(role -> role.levels().contains(level)).toList();
  }

  private static String provinceRoleName(OfficialRole role) {
    return switch (role) {
      case ASSESSOR -> "委托第三方评估机构";
      case GOVERNMENT -> "人民政府";
      default -> role.label();
    };
  }

  private static Set<String> tenantsWhere(List<Place> counties, Predicate<Place> condition) {
    return counties.stream().filter(condition).map(county -> Tenants.county(county.code())).collect(Collectors.toSet());
  }

  private static Map<String, Place> byCode(List<Place> places) {
    return places.stream().collect(Collectors.toMap(Place::code, Function.identity(), (a, b) -> a, LinkedHashMap::new));
  }
}
