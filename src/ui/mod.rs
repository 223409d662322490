//! UI placeholder
