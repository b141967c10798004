package nl.casustafel.web.shared;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link OutageExceptionHandler} ({@code faces-config.xml}). */
public class OutageExceptionHandlerFactory extends ExceptionHandlerFactory {

  public OutageExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new OutageExceptionHandler(getWrapped().getExceptionHandler());
  }
}
