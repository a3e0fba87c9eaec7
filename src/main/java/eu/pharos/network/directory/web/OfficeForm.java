package eu.pharos.network.directory.web;

import eu.pharos.network.OfficeDetails;
import org.springframework.validation.BindingResult;

/** A new office. Latitude and longitude are typed as text and read here. */
public class OfficeForm {

  private String name;
  private String street;
  private String postcode;
  private String city;
  private String region;
  private String latitude;
  private String longitude;
  private String phone;

  OfficeDetails toCommand(BindingResult errors) {
    return new OfficeDetails(
        name,
        street,
        postcode,
        city,
        region,
        number("latitude", latitude, errors),
        number("longitude", longitude, errors),
        phone);
  }

  private static Double number(String field, String text, BindingResult errors) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      errors.rejectValue(field, "network.error.number", "network.error.number");
      return null;
    }
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getStreet() {
    return street;
  }

  public void setStreet(String street) {
    this.street = street;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getCity() {
    return city;
  }

  public void setCity(String city) {
    this.city = city;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getLatitude() {
    return latitude;
  }

  public void setLatitude(String latitude) {
    this.latitude = latitude;
  }

  public String getLongitude() {
    return longitude;
  }

  public void setLongitude(String longitude) {
    this.longitude = longitude;
  }

  public String getPhone() {
    return phone;
  }

  public void setPhone(String phone) {
    this.phone = phone;
  }
}
