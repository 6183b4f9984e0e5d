package cn.gov.povertyexit;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Household, village and county exit from the poverty register (贫困退出), run as BPMN on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PovertyExitApplication {

  public static void main(String[] args) {
    SpringApplication.run(PovertyExitApplication.class, args);
  }
}
