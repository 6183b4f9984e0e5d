package cn.gov.povertyexit;

import org.camunda.bpm.spring.boot.starter.annotation.EnableProcessApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Household, village and county exit from the poverty register (贫困退出), run as BPMN on Camunda 7. */
@SpringBootApplication
@ConfigurationPropertiesScan
// Deploys bpmn/ and forms/ through META-INF/processes.xml
@EnableProcessApplication("poverty-exit")
public class PovertyExitApplication {

  public static void main(String[] args) {
    SpringApplication.run(PovertyExitApplication.class, args);
  }
}
