package eu.pharos.platform.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class HomeController {

  @GetMapping("/")
  String home() {
    return "platform/home";
  }

  @GetMapping("/app")
  String dashboard() {
    return "platform/dashboard";
  }
}
