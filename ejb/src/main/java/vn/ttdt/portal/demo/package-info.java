/** Demo data of the first customer (Cẩm Mỹ district, Đồng Nai, 2023), loaded when -Dportal.demo-data=true. */
package vn.ttdt.portal.demo;
