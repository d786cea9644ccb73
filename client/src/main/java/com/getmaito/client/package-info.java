/** The Maito Java SDK: the client, its services and options. */
package com.getmaito.client;
